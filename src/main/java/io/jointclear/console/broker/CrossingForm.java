package io.jointclear.console.broker;

import java.util.ArrayList;
import java.util.List;

/**
 * The broker's filing form: one truckload with its goods lines, both declarations derived from it
 * (for a northbound truck the Mexican export pedimento and the US entry; southbound the US export
 * (EEI) and the Mexican import pedimento). Every value is kept as typed, so a wrong entry comes back
 * to the form unchanged beside its message.
 */
public class CrossingForm {

    /** Most goods lines one form carries (a truckload; larger declarations go through the API). */
    public static final int MAX_LINES = 50;

    /** The crossing's and declarations' fields, in form order: the field names violations are mapped to. */
    public static final List<String> FIELDS = List.of("direction", "mxCustomsOffice", "usPort", "expectedArrival", "carrierScac", "carrierName", "plate", "plateCountry", "trailer", "seal", "driverName", "fastCard", "pedimentoNumber", "clave", "exchangeRate", "usNumber", "usType", "mxTaxId", "mxName", "usTaxId", "usName", "preference", "manufacturer", "incoterm");

    /** The fields of one goods line; on the form they are {@code lines[i].<field>}. */
    public static final List<String> LINE_FIELDS = List.of("mxTariffCode", "usTariffCode", "description", "origin", "quantity", "mxUnit", "usUnit", "value", "netWeightKg");

    private String direction;
    private String mxCustomsOffice;
    private String usPort;
    private String expectedArrival;
    private String carrierScac;
    private String carrierName;
    private String plate;
    private String plateCountry;
    private String trailer;
    private String seal;
    private String driverName;
    private String fastCard;
    private String pedimentoNumber;
    private String clave;
    private String exchangeRate;
    private String usNumber;
    private String usType;
    private String mxTaxId;
    private String mxName;
    private String usTaxId;
    private String usName;
    private String preference;
    private String manufacturer;
    private String incoterm;

    public String getDirection() {
        return direction;
    }

    public void setDirection(String direction) {
        this.direction = direction;
    }

    public String getMxCustomsOffice() {
        return mxCustomsOffice;
    }

    public void setMxCustomsOffice(String mxCustomsOffice) {
        this.mxCustomsOffice = mxCustomsOffice;
    }

    public String getUsPort() {
        return usPort;
    }

    public void setUsPort(String usPort) {
        this.usPort = usPort;
    }

    public String getExpectedArrival() {
        return expectedArrival;
    }

    public void setExpectedArrival(String expectedArrival) {
        this.expectedArrival = expectedArrival;
    }

    public String getCarrierScac() {
        return carrierScac;
    }

    public void setCarrierScac(String carrierScac) {
        this.carrierScac = carrierScac;
    }

    public String getCarrierName() {
        return carrierName;
    }

    public void setCarrierName(String carrierName) {
        this.carrierName = carrierName;
    }

    public String getPlate() {
        return plate;
    }

    public void setPlate(String plate) {
        this.plate = plate;
    }

    public String getPlateCountry() {
        return plateCountry;
    }

    public void setPlateCountry(String plateCountry) {
        this.plateCountry = plateCountry;
    }

    public String getTrailer() {
        return trailer;
    }

    public void setTrailer(String trailer) {
        this.trailer = trailer;
    }

    public String getSeal() {
        return seal;
    }

    public void setSeal(String seal) {
        this.seal = seal;
    }

    public String getDriverName() {
        return driverName;
    }

    public void setDriverName(String driverName) {
        this.driverName = driverName;
    }

    public String getFastCard() {
        return fastCard;
    }

    public void setFastCard(String fastCard) {
        this.fastCard = fastCard;
    }

    public String getPedimentoNumber() {
        return pedimentoNumber;
    }

    public void setPedimentoNumber(String pedimentoNumber) {
        this.pedimentoNumber = pedimentoNumber;
    }

    public String getClave() {
        return clave;
    }

    public void setClave(String clave) {
        this.clave = clave;
    }

    public String getExchangeRate() {
        return exchangeRate;
    }

    public void setExchangeRate(String exchangeRate) {
        this.exchangeRate = exchangeRate;
    }

    public String getUsNumber() {
        return usNumber;
    }

    public void setUsNumber(String usNumber) {
        this.usNumber = usNumber;
    }

    public String getUsType() {
        return usType;
    }

    public void setUsType(String usType) {
        this.usType = usType;
    }

    public String getMxTaxId() {
        return mxTaxId;
    }

    public void setMxTaxId(String mxTaxId) {
        this.mxTaxId = mxTaxId;
    }

    public String getMxName() {
        return mxName;
    }

    public void setMxName(String mxName) {
        this.mxName = mxName;
    }

    public String getUsTaxId() {
        return usTaxId;
    }

    public void setUsTaxId(String usTaxId) {
        this.usTaxId = usTaxId;
    }

    public String getUsName() {
        return usName;
    }

    public void setUsName(String usName) {
        this.usName = usName;
    }

    public String getPreference() {
        return preference;
    }

    public void setPreference(String preference) {
        this.preference = preference;
    }

    public String getManufacturer() {
        return manufacturer;
    }

    public void setManufacturer(String manufacturer) {
        this.manufacturer = manufacturer;
    }

    public String getIncoterm() {
        return incoterm;
    }

    public void setIncoterm(String incoterm) {
        this.incoterm = incoterm;
    }

    private List<GoodsLine> lines = new ArrayList<>(List.of(new GoodsLine()));

    public List<GoodsLine> getLines() {
        return lines;
    }

    public void setLines(List<GoodsLine> lines) {
        this.lines = lines == null ? new ArrayList<>() : new ArrayList<>(lines);
    }

    /** The form field of a line's field, e.g. {@code lines[2].quantity}. */
    public static String lineField(int index, String field) {
        return "lines[" + index + "]." + field;
    }

    /** One goods line: the same goods under each country's tariff code and unit. */
    public static class GoodsLine {

        private String mxTariffCode;
        private String usTariffCode;
        private String description;
        private String origin;
        private String quantity;
        private String mxUnit;
        private String usUnit;
        private String value;
        private String netWeightKg;

        public String getMxTariffCode() {
            return mxTariffCode;
        }

        public void setMxTariffCode(String mxTariffCode) {
            this.mxTariffCode = mxTariffCode;
        }

        public String getUsTariffCode() {
            return usTariffCode;
        }

        public void setUsTariffCode(String usTariffCode) {
            this.usTariffCode = usTariffCode;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getOrigin() {
            return origin;
        }

        public void setOrigin(String origin) {
            this.origin = origin;
        }

        public String getQuantity() {
            return quantity;
        }

        public void setQuantity(String quantity) {
            this.quantity = quantity;
        }

        public String getMxUnit() {
            return mxUnit;
        }

        public void setMxUnit(String mxUnit) {
            this.mxUnit = mxUnit;
        }

        public String getUsUnit() {
            return usUnit;
        }

        public void setUsUnit(String usUnit) {
            this.usUnit = usUnit;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }

        public String getNetWeightKg() {
            return netWeightKg;
        }

        public void setNetWeightKg(String netWeightKg) {
            this.netWeightKg = netWeightKg;
        }

        boolean isBlank() {
            for (String s : new String[]{mxTariffCode, usTariffCode, description, origin, quantity, mxUnit, usUnit, value, netWeightKg}) {
                if (s != null && !s.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }
}
