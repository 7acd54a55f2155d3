-- As db/postgresql/V43: brand and style as typed, for showing; brand and style stay the key. The
-- shoes' trigger is made again around the change (as V30 does for refunds).
drop trigger shoes_unchanged;
alter table shoes add column brand_shown varchar(60);
alter table shoes add column style_shown varchar(80);
-- H2 has no initcap: Text.capitalisedWords does what PostgreSQL's does.
create alias shoetopia_initcap for 'org.shoetopia.domain.Text.capitalisedWords';
update shoes set brand_shown = shoetopia_initcap(brand), style_shown = shoetopia_initcap(style);
drop alias shoetopia_initcap;
alter table shoes alter column brand_shown set not null;
alter table shoes alter column style_shown set not null;
alter table shoes add constraint shoes_shown_not_blank
    check (char_length(trim(brand_shown)) > 0 and char_length(trim(style_shown)) > 0);
create trigger shoes_unchanged before update, delete on shoes
    for each row call 'org.shoetopia.persistence.AppendOnlyTrigger';
