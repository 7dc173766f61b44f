-- Fields the papers print that were not recorded (issue #16).
--
-- Each issuing body numbers its own papers with its own 代字: the government's (office.abbreviation,
-- e.g. 青山府) and the 法制审核机构's (e.g. 青山司, for the review opinion and the supplement notice).
-- An office from before this had one 代字 for every paper; its 司法所 papers keep it, so no number
-- already issued changes its form, until the office sets the government's own in 设置.
ALTER TABLE office ADD COLUMN review_body_abbreviation TEXT NOT NULL DEFAULT '';
UPDATE office SET review_body_abbreviation = abbreviation;

-- An item's 品级 (grade) and 形态 (physical form: 固体, 液体, 散装, 成品…), as the 涉案物品清单 of the real
-- forms has them; `condition` stays what it always held, the item's custody (已封存, 已扣押).
ALTER TABLE transfer_out_items ADD COLUMN grade TEXT NOT NULL DEFAULT '';
ALTER TABLE transfer_out_items ADD COLUMN form TEXT NOT NULL DEFAULT '';
