-- An application made from an idea points at it (V4 came before ideas were merged).
alter table application add constraint application_idea_fk foreign key (idea_id) references idea (id);
