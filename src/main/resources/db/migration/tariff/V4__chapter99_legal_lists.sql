-- Chapter-99 measures from the remaining legal lists (issue 11 item 2): IEEPA on China, the country rates of
-- EO 14257 / EO 14326 and the Brazil and India orders, Section 301 four-year review, Section 232 lists.
-- The NOTICE rows that stood in for them are superseded, and every seeded chapter-99 scope row is reloaded
-- from tariff/us-scopes.csv.gz at start-up (seed rows are inserted by key, so a row whose content changed
-- has to go first). Rows an administrator versioned by hand are kept.
insert into tariff.measure_audit (measure_id, action, actor, at, reason, before)
select m.id, 'SUPERSEDE', 'migration:tariff/V4', now(),
       'chapter-99 scope regenerated from the legal lists (tariff/us-scopes.csv.gz, issue 11 item 2)', to_jsonb(m)
from tariff.measure m
where m.seed_key is not null and m.authority = 'US'
  and (m.scope_list <> '' or m.rule_id in ('US.NOTICE.RECIPROCAL-COUNTRY', 'US.NOTICE.IEEPA-CHINA',
                                          'US.NOTICE.S232-UK-METALS'))
  and m.rule_id not in ('US.IEEPA.MX', 'US.IEEPA.MX.EXEMPT.USMCA', 'US.S122', 'US.S122.EXEMPT.USMCA-MX',
                        'US.S122.EXEMPT.IN-TRANSIT') -- hand-written rows of measures.csv, unchanged
  and not exists (select 1 from tariff.measure n where n.rule_id = m.rule_id and n.seed_key is null);

delete from tariff.measure m
where m.seed_key is not null and m.authority = 'US'
  and (m.scope_list <> '' or m.rule_id in ('US.NOTICE.RECIPROCAL-COUNTRY', 'US.NOTICE.IEEPA-CHINA',
                                          'US.NOTICE.S232-UK-METALS'))
  and m.rule_id not in ('US.IEEPA.MX', 'US.IEEPA.MX.EXEMPT.USMCA', 'US.S122', 'US.S122.EXEMPT.USMCA-MX',
                        'US.S122.EXEMPT.IN-TRANSIT') -- hand-written rows of measures.csv, unchanged
  and not exists (select 1 from tariff.measure n where n.rule_id = m.rule_id and n.seed_key is null);
