-- Demonstration rows (demo profile only): IGI/IGE rates and FIX rates marked origin 'demo' (and the
-- MX rates with source 'DEMO'), so they can be told apart from real data and never mistaken for them.
ALTER TABLE reference.mx_tariff_rate DROP CONSTRAINT IF EXISTS mx_tariff_rate_origin_check;
ALTER TABLE reference.mx_tariff_rate ADD CONSTRAINT mx_tariff_rate_origin_check
    CHECK (origin IN ('seed', 'import', 'demo'));
ALTER TABLE reference.fx_usd_mxn DROP CONSTRAINT IF EXISTS fx_usd_mxn_origin_check;
ALTER TABLE reference.fx_usd_mxn ADD CONSTRAINT fx_usd_mxn_origin_check
    CHECK (origin IN ('shipped', 'import', 'demo'));
