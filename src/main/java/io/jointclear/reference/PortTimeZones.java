package io.jointclear.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The local clock of each border port pair, by Mexican aduana-sección (IANA tzdata; see
 * reference-data/port-pairs/SOURCE.md): Nuevo Laredo America/Matamoros, Tijuana America/Tijuana …
 */
@Component
public class PortTimeZones {

    static final String FILE = "reference-data/port-pairs/mx_customs_office_time_zones.csv";

    private final Map<String, ZoneId> zones;

    public PortTimeZones() {
        this.zones = load();
    }

    /** The zone of the port pair of this aduana-sección, empty for one the file does not list. */
    public Optional<ZoneId> of(String mxCustomsOffice) {
        return Optional.ofNullable(mxCustomsOffice == null ? null : zones.get(mxCustomsOffice));
    }

    private static Map<String, ZoneId> load() {
        Map<String, ZoneId> out = new HashMap<>();
        try (InputStream in = PortTimeZones.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    String[] cells = line.split(",");
                    out.put(cells[0].trim(), ZoneId.of(cells[1].trim()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}
