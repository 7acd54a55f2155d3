-- Brand and style as their first lister typed them ("Nike", "Air Max 90"), for every screen and
-- receipt to show. brand and style stay the lower-case key the shared catalogue de-duplicates on,
-- and what searches match. Shoes listed before this are shown with each word capitalised, the
-- closest guess at what was typed. A shoe is never changed (V16), so its trigger is off for this
-- transaction only, as V16 says a correcting migration does.
alter table shoes add column brand_shown varchar(60);
alter table shoes add column style_shown varchar(80);
alter table shoes disable trigger shoes_unchanged;
update shoes set brand_shown = initcap(brand), style_shown = initcap(style);
alter table shoes enable trigger shoes_unchanged;
alter table shoes alter column brand_shown set not null;
alter table shoes alter column style_shown set not null;
alter table shoes add constraint shoes_shown_not_blank
    check (char_length(trim(brand_shown)) > 0 and char_length(trim(style_shown)) > 0);
