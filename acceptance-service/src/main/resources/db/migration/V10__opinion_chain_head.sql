-- Issuing an opinion links it to the newest one before it: found by this index, not by sorting every opinion issued.
create index joint_opinion_chain_head on joint_opinion (issued_at desc, number desc);
