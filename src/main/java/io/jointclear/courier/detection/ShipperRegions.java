package io.jointclear.courier.detection;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where in Asia a shipper's address places it: country names and the export hubs that parcels to Mexico
 * leave from, mapped to the ISO country whose origin rules would apply. Whole words only.
 */
final class ShipperRegions {

    private static final Map<String, String> PLACES = new LinkedHashMap<>();

    static {
        for (String p : new String[] {"CHINA", "PRC", "SHENZHEN", "GUANGZHOU", "SHANGHAI", "YIWU", "DONGGUAN", "NINGBO",
                "HANGZHOU", "XIAMEN", "BEIJING", "GUANGDONG", "ZHEJIANG", "FUJIAN", "JIANGSU", "HONG KONG", "HONGKONG"}) {
            PLACES.put(p, "CN");
        }
        PLACES.put("TAIWAN", "TW");
        PLACES.put("TAIPEI", "TW");
        PLACES.put("KOREA", "KR");
        PLACES.put("SEOUL", "KR");
        PLACES.put("INCHEON", "KR");
        PLACES.put("VIETNAM", "VN");
        PLACES.put("VIET NAM", "VN");
        PLACES.put("HO CHI MINH", "VN");
        PLACES.put("HANOI", "VN");
        PLACES.put("THAILAND", "TH");
        PLACES.put("BANGKOK", "TH");
        PLACES.put("INDIA", "IN");
        PLACES.put("MUMBAI", "IN");
        PLACES.put("NEW DELHI", "IN");
        PLACES.put("INDONESIA", "ID");
        PLACES.put("JAKARTA", "ID");
        PLACES.put("PAKISTAN", "PK");
        PLACES.put("BANGLADESH", "BD");
        PLACES.put("DHAKA", "BD");
    }

    private static final Pattern NON_LETTERS = Pattern.compile("[^A-Z]+");

    private ShipperRegions() {
    }

    /** The Asian country the address names, or null. */
    static String asianCountry(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        String plain = Normalizer.normalize(address, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT);
        String words = " " + NON_LETTERS.matcher(plain).replaceAll(" ").strip() + " ";
        for (Map.Entry<String, String> e : PLACES.entrySet()) {
            if (words.contains(" " + e.getKey() + " ")) {
                return e.getValue();
            }
        }
        return null;
    }
}
