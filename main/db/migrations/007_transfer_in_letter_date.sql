-- The date on the transfer letter we received (成文日期). Our written answer, the 受理情况告知书,
-- states it: "你单位于…移送的…". Transfers registered before this column existed have none; their
-- notice leaves the date out rather than guessing it.
ALTER TABLE transfers_in ADD COLUMN letter_date TEXT
  CHECK (letter_date IS NULL OR letter_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
