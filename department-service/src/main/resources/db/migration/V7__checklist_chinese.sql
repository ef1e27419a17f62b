-- Every checklist text in Chinese beside the English: the topic, title and guidance of each item as its template
-- gives them. Null on items opened before the templates carried Chinese.

alter table checklist_item add column topic_zh varchar(200);
alter table checklist_item add column title_zh varchar(300);
alter table checklist_item add column guidance_zh varchar(2000);
