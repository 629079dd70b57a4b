package io.jointclear.courier;

import java.nio.charset.StandardCharsets;

/**
 * Generated courier manifests for tests and the benchmark: {@code n} valid southbound consignments with
 * unique guides, one consignee in {@value #CONSIGNEES} receiving several parcels, origins CN / US / DE /
 * JP / KR and values from USD 5 to 400 in a fixed pattern (so totals are reproducible).
 */
public final class ManifestSamples {

    static final int CONSIGNEES = 20_000;
    private static final String[] ORIGINS = {"CN", "US", "DE", "JP", "KR"};

    private ManifestSamples() {
    }

    public static String origin(int i) {
        return ORIGINS[i % ORIGINS.length];
    }

    /** Value in USD of consignment {@code i}: 5.00 to 404.99, cents included. */
    public static String value(int i) {
        int cents = 500 + (int) ((i * 7919L) % 40_000);
        return cents / 100 + "." + String.format("%02d", cents % 100);
    }

    public static String rfc(int i) {
        return String.format("GOML%06d%s", (i % CONSIGNEES) % 1_000_000, "AB1");
    }

    public static byte[] json(String prefix, int n, String date) {
        return json(prefix, n, date, 0);
    }

    /**
     * The manifest with every {@code giftEvery}-th consignment described as "gift" (a generic description the
     * irregularity detection flags, so those go through the risk engine's selection); 0: none.
     */
    public static byte[] json(String prefix, int n, String date, int giftEvery) {
        StringBuilder b = new StringBuilder(n * 300);
        b.append("{\"direction\":\"SOUTHBOUND\",\"customsOffice\":\"240\",\"date\":\"").append(date).append("\",\"consignments\":[");
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append("{\"guide\":\"").append(prefix).append(i)
                    .append("\",\"consignee\":{\"name\":\"Consignee ").append(i % CONSIGNEES)
                    .append("\",\"rfc\":\"").append(rfc(i)).append("\",\"address\":\"Calle ").append(i % CONSIGNEES)
                    .append(", Monterrey, NL\"},\"shipper\":{\"name\":\"Shop ").append(i % 97)
                    .append("\"},\"origin\":\"").append(origin(i)).append("\",\"description\":\"").append(description(i, giftEvery))
                    .append("\",\"quantity\":1,")
                    .append("\"weightKg\":0.35,\"value\":").append(value(i)).append(",\"currency\":\"USD\"}");
        }
        return b.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] csv(String prefix, int n) {
        return csv(prefix, n, 0);
    }

    public static byte[] csv(String prefix, int n, int giftEvery) {
        StringBuilder b = new StringBuilder(n * 160);
        b.append("guide,consigneeName,consigneeRfc,consigneeAddress,shipperName,origin,description,quantity,weightKg,value,currency\r\n");
        for (int i = 0; i < n; i++) {
            b.append(prefix).append(i).append(",Consignee ").append(i % CONSIGNEES).append(',').append(rfc(i))
                    .append(",\"Calle ").append(i % CONSIGNEES).append(", Monterrey, NL\",Shop ").append(i % 97).append(',')
                    .append(origin(i)).append(',').append(description(i, giftEvery)).append(",1,0.35,").append(value(i)).append(",USD\r\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String description(int i, int giftEvery) {
        return giftEvery > 0 && i % giftEvery == 0 ? "gift" : "phone case";
    }
}
