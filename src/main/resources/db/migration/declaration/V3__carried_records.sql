-- Records (and fields) of a broker's archivo M that the platform's declaration has no element for
-- (e.g. 502 transport, 552 VINs, 701 rectification, the COVE in 505.4): kept verbatim with the imported
-- declaration, one per line as '<anchor>:<V|O>:<record>' (anchor 0 header, n partida n, -1 after the
-- partidas; V whole record, O only the unread fields of a record the platform also reads), so that the
-- M3 export writes them back unchanged. Empty for CATAIR / CUSDEC imports.
ALTER TABLE declaration.imported_declaration ADD COLUMN carried_records text NOT NULL DEFAULT '';
