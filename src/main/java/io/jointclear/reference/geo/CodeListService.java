package io.jointclear.reference.geo;

import io.jointclear.reference.CodeLists;
import io.jointclear.reference.loading.ReferenceDataLoaded;
import io.jointclear.shared.CacheInvalidation;
import io.jointclear.shared.ReloadableCache;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Code lists held in memory: they are small, read on every declaration and change only with a release. */
@Service
class CodeListService implements CodeLists, ReloadableCache {

    public static final String CACHE = "reference.code-lists";

    private final JdbcTemplate jdbc;
    private final CacheInvalidation caches;
    private volatile Snapshot snapshot = new Snapshot(Set.of(), Set.of(), Set.of(), Set.of(), List.of());

    CodeListService(JdbcTemplate jdbc, CacheInvalidation caches) {
        this.jdbc = jdbc;
        this.caches = caches;
    }

    /** A start-up that loaded a new release of the data tells the instances already running. */
    @EventListener
    void announce(ReferenceDataLoaded loaded) {
        if (loaded.datasetsLoaded() > 0) {
            caches.invalidateEverywhere(CACHE);
        }
    }


    @Override
    public String cacheName() {
        return CACHE;
    }

    @Override
    public void reload() {
        refresh();
    }

    private record Snapshot(Set<String> countries, Set<String> currencies, Set<String> aduanas, Set<String> usPorts,
                            List<PortPair> pairs) {
    }

    @EventListener(ReferenceDataLoaded.class)
    void refresh() {
        snapshot = new Snapshot(
                Set.copyOf(jdbc.queryForList("SELECT alpha2 FROM reference.country", String.class)),
                Set.copyOf(jdbc.queryForList("SELECT code FROM reference.currency WHERE NOT withdrawn", String.class)),
                Set.copyOf(jdbc.queryForList("SELECT code FROM reference.mx_aduana WHERE valid_to IS NULL", String.class)),
                Set.copyOf(jdbc.queryForList("SELECT code FROM reference.us_port", String.class)),
                jdbc.query("SELECT mx_customs_office, mx_name, us_port, us_name FROM reference.port_pair ORDER BY 1, 3",
                        (rs, i) -> new PortPair(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))));
    }

    @Override
    public boolean isCountry(String alpha2) {
        return alpha2 != null && snapshot.countries().contains(alpha2);
    }

    @Override
    public boolean isCurrency(String code) {
        return code != null && snapshot.currencies().contains(code);
    }

    @Override
    public boolean isMexicanCustomsOffice(String aduanaSeccion) {
        return aduanaSeccion != null && aduanaSeccion.matches("\\d{3}")
                && snapshot.aduanas().contains(aduanaSeccion.substring(0, 2));
    }

    @Override
    public boolean isUsPort(String portCode) {
        return portCode != null && snapshot.usPorts().contains(portCode);
    }

    @Override
    public Optional<PortPair> portPair(String mxCustomsOffice, String usPort) {
        return snapshot.pairs().stream()
                .filter(p -> p.mxCustomsOffice().equals(mxCustomsOffice) && p.usPort().equals(usPort))
                .findFirst();
    }

    @Override
    public List<PortPair> portPairs() {
        return snapshot.pairs();
    }
}
