-- What a timeline entry is about, each in a column of its own, so that a page can say it in its reader's language:
-- the department, the round, the day it names (a due date, a deadline, a promised day), its subject (a material type,
-- a special procedure's kind, an opinion's or a filing's number) and the words a person gave for it. The detail stays
-- the English line it always was; entries written before have it alone.

alter table timeline_entry
    add column department varchar(64),
    add column round      integer,
    add column named_day  date,
    add column subject    varchar(200),
    add column reason     varchar(4000);
