-- Chapter-99 scopes from the legal product lists (issue 11 item 2). A scope row records which HTSUS
-- revision carried its heading and rate text and which legal list put the codes in scope, so that an
-- assessment can say why each chapter-99 duty is on a line.
alter table tariff.measure add column revision   text not null default '';
alter table tariff.measure add column scope_list text not null default '';

-- The hand-written approximations (chapters 72/73/76, headings 7407-7413, 8703, 8708, 3104.20, the
-- Section 301 notice) are replaced by rows generated from the legal lists (tariff/us-scopes.csv.gz).
-- Seed rows an administrator never changed are removed, with an audit entry naming why.
insert into tariff.measure_audit (measure_id, action, actor, at, reason, before)
select m.id, 'SUPERSEDE', 'migration:tariff/V2', now(),
       'approximated scope replaced by the legal product lists (tariff/us-scopes.csv.gz)', to_jsonb(m)
from tariff.measure m
where m.seed_key in ('US.IEEPA.MX.POTASH@2025-03-07', 'US.IEEPA.MX.POTASH.EXEMPT.USMCA@2025-03-07',
                     'US.S232.STEEL-ALU@2025-03-12', 'US.S232.STEEL-ALU@2025-06-04', 'US.S232.COPPER@2025-08-01',
                     'US.S232.AUTOS@2025-04-03', 'US.S232.AUTO-PARTS@2025-05-03', 'US.NOTICE.S301-CN@2020-07-01')
  and not exists (select 1 from tariff.measure n where n.rule_id = m.rule_id and n.seed_key is null);

delete from tariff.measure m
where m.seed_key in ('US.IEEPA.MX.POTASH@2025-03-07', 'US.IEEPA.MX.POTASH.EXEMPT.USMCA@2025-03-07',
                     'US.S232.STEEL-ALU@2025-03-12', 'US.S232.STEEL-ALU@2025-06-04', 'US.S232.COPPER@2025-08-01',
                     'US.S232.AUTOS@2025-04-03', 'US.S232.AUTO-PARTS@2025-05-03', 'US.NOTICE.S301-CN@2020-07-01')
  and not exists (select 1 from tariff.measure n where n.rule_id = m.rule_id and n.seed_key is null);
