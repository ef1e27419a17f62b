-- The opinions' chain as one row naming its newest link. Issuing an opinion takes the row's lock, links the opinion
-- to the digest the row names and names the new opinion; the next issuer's lock waits for that commit and then reads
-- the row as committed. The chain's newest link is no longer found by sorting on the time of issue.
create table opinion_chain (
    id          smallint    primary key check (id = 1),
    head_number varchar(64) references joint_opinion (number),
    head_digest char(64)
);

insert into opinion_chain (id, head_number, head_digest)
select 1, newest.number, newest.digest
from (select 1) one
left join (select number, digest from joint_opinion order by issued_at desc, number desc limit 1) newest on true;

drop index joint_opinion_chain_head;
