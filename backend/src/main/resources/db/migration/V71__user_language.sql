-- Each user's language: what the server writes to them (notices, e-mails, digests) and their exports'
-- default. No row means Swedish, the portal's first language.
create table user_language (
    user_subject  varchar(255) primary key references app_user (subject),
    language      varchar(2)   not null check (language in ('SV', 'EN')),
    updated_at    timestamptz  not null
);

-- A notice keeps both languages and is shown in its reader's language of the moment; notices from
-- before this column have only the one text in message.
alter table notification add column message_en varchar(1000);
