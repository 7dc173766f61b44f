export const HELP_TEXT = `法审工作台（Fashen Desk）命令行 / command line

用法 / usage: npx fashen <命令 command> [选项 options]

  serve [--port N] [--data-dir DIR]   在 127.0.0.1 上以浏览器模式运行（须登录）/ run browser mode on 127.0.0.1
        [--lan [--host IP] [--lan-port N]]
                                      同时以 HTTPS 向本单位局域网开放（办公室网络模式）/ also serve the office LAN over HTTPS
  demo [--data-dir DIR]               向空数据库填入演示数据（演示人员密码 fashen-demo）/ fill an empty database with demo data
  review triggers                     从标准输入读 JSON，判断是否需要法制审核 / which review triggers hold
  review suggest                      从标准输入读九项审核结论，给出建议意见 / suggest the opinion
  workdays add <YYYY-MM-DD> <N> [--data-dir DIR]
                                      计算 N 个工作日后的期限（加 --data-dir 用该单位载入的日历）
                                      / deadline N working days after a date
  render <模板> --data <文件|sample> --format docx|pdf|html --out <文件>
                                      生成文书 / render a document
  backup --out <文件|文件夹> [--data-dir DIR]
                                      备份数据和文书（已校验）/ verified backup with documents
  restore --in <备份文件> [--as <管理员姓名>] [--data-dir DIR]
                                      检查后从备份恢复，原数据另存；须管理员确认：在终端输入姓名和密码，
                                      或用 --as 并从标准输入提供密码 / restore after checks (an administrator's secret)
  check [--data-dir DIR] [--verbose]  检查数据库、审计记录链和文书哈希 / verify database, audit chain, document hashes
  export --what <台账> --year YYYY --out <文件.xlsx> [--as 姓名] [--data-dir DIR]
                                      导出台账（Excel）/ export a register's ledger as XLSX; 台账 ledgers:
                                      cases reviews transfers papers staff assistance complaints
                                      sharing disputes supervision
  report annual --year YYYY --out <文件.xlsx|文件.docx> [--as 姓名] [--data-dir DIR]
                                      行政执法统计年报 / the annual enforcement statistics report
  help, --help                        显示本帮助 / show this help

数据文件夹 / data folder: --data-dir，或环境变量 FASHEN_DATA_DIR，否则为用户数据目录
(~/.config/fashen-desk, %APPDATA%\\fashen-desk)。
`;
