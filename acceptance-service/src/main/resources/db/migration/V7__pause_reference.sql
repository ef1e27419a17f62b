-- A pause can name what caused it (a department's special procedure), so that closing it ends exactly that pause.

alter table clock_pause add column reference varchar(64);
