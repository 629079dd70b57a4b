package io.jointclear.declaration.formats;

/**
 * The one mapping of the platform's declaration fields (the JSON contract's names) to the WCO Data
 * Model: every format reads and writes these elements, never the document directly. A WCO ID is given
 * only where a source seen states it (docs/formats.md names the source); {@code null} means not
 * confirmed. The WCO path is where the element sits in the platform's WCO DM JSON.
 */
public enum Element {
    AUTHORITY("authority", Level.HEADER, "Declaration.ResponsibleCountryCode", null),
    NUMBER("number", Level.HEADER, "Declaration.ID", null),
    OPERATION("operation", Level.HEADER, "Declaration.OperationTypeCode", null),
    TYPE("type", Level.HEADER, "Declaration.TypeCode", null),
    REGIME("regime", Level.HEADER, "Declaration.GoodsShipment.CustomsProcedure.CurrentCode", null),
    FILER("filer", Level.HEADER, "Declaration.Declarant.ID", "R123"),
    CUSTOMS_OFFICE("customsOffice", Level.HEADER, "Declaration.DeclarationOffice.ID", "G004"),
    DATE("date", Level.HEADER, "Declaration.IssueDateTime", null),
    EXCHANGE_RATE("exchangeRate", Level.HEADER, "Declaration.CurrencyExchange.RateNumeric", null),
    CURRENCY("currency", Level.HEADER, "Declaration.InvoiceAmountCurrencyID", null),
    INCOTERM("incoterm", Level.HEADER, "Declaration.GoodsShipment.TradeTerms.ConditionCode", null),
    FREIGHT("freight", Level.HEADER, "Declaration.GoodsShipment.Freight.Amount", null),
    INSURANCE("insurance", Level.HEADER, "Declaration.GoodsShipment.Insurance.Amount", null),
    OTHER_INCREMENTABLES("otherIncrementables", Level.HEADER, "Declaration.GoodsShipment.AdditionAmount", null),
    IMMEX_PROGRAM("immexProgram", Level.HEADER, "Declaration.AuthorisationHolder.ID", null),
    IMPORTER_TAX_ID("importer.taxId", Level.HEADER, "Declaration.Importer.ID", null),
    IMPORTER_NAME("importer.name", Level.HEADER, "Declaration.Importer.Name", null),
    IMPORTER_COUNTRY("importer.country", Level.HEADER, "Declaration.Importer.Address.CountryCode", null),
    EXPORTER_TAX_ID("exporter.taxId", Level.HEADER, "Declaration.Exporter.ID", null),
    EXPORTER_NAME("exporter.name", Level.HEADER, "Declaration.Exporter.Name", null),
    EXPORTER_COUNTRY("exporter.country", Level.HEADER, "Declaration.Exporter.Address.CountryCode", null),
    BUYER_TAX_ID("buyer.taxId", Level.HEADER, "Declaration.GoodsShipment.Buyer.ID", null),
    BUYER_NAME("buyer.name", Level.HEADER, "Declaration.GoodsShipment.Buyer.Name", null),
    BUYER_COUNTRY("buyer.country", Level.HEADER, "Declaration.GoodsShipment.Buyer.Address.CountryCode", null),
    SELLER_TAX_ID("seller.taxId", Level.HEADER, "Declaration.GoodsShipment.Seller.ID", null),
    SELLER_NAME("seller.name", Level.HEADER, "Declaration.GoodsShipment.Seller.Name", null),
    SELLER_COUNTRY("seller.country", Level.HEADER, "Declaration.GoodsShipment.Seller.Address.CountryCode", null),
    IDENTIFIER_CODE("identifiers.code", Level.IDENTIFIER, "Declaration.AdditionalInformation.StatementCode", null),
    IDENTIFIER_COMPLEMENT("identifiers.complement", Level.IDENTIFIER, "Declaration.AdditionalInformation.StatementDescription", null),
    TARIFF_CODE("lines.tariffCode", Level.LINE, "GovernmentAgencyGoodsItem.Commodity.Classification.ID", "145"),
    DESCRIPTION("lines.description", Level.LINE, "GovernmentAgencyGoodsItem.Commodity.Description", "137"),
    ORIGIN("lines.origin", Level.LINE, "GovernmentAgencyGoodsItem.Origin.CountryCode", null),
    DESTINATION("lines.destination", Level.LINE, "GovernmentAgencyGoodsItem.Destination.CountryCode", null),
    QUANTITY("lines.quantity.value", Level.LINE, "GovernmentAgencyGoodsItem.Commodity.GoodsMeasure.TariffQuantity", null),
    QUANTITY_UNIT("lines.quantity.unit", Level.LINE, "GovernmentAgencyGoodsItem.Commodity.GoodsMeasure.TariffQuantityUnitCode", null),
    NET_WEIGHT("lines.netWeightKg", Level.LINE, "GovernmentAgencyGoodsItem.Commodity.GoodsMeasure.NetNetWeightMeasure", null),
    VALUE("lines.value", Level.LINE, "GovernmentAgencyGoodsItem.ValuationAdjustment.ItemChargeAmount", null),
    PREFERENCE("lines.preference", Level.LINE, "GovernmentAgencyGoodsItem.DutyTaxFee.DutyRegimeCode", null),
    MANUFACTURER("lines.manufacturer", Level.LINE, "GovernmentAgencyGoodsItem.Manufacturer.ID", null),
    AD_CVD_CASE("lines.adCvdCases", Level.CASE, "GovernmentAgencyGoodsItem.AdditionalDocument.ID", "D005");

    /** Where an element repeats: once per declaration, per identifier, per line, per AD/CVD case of a line. */
    public enum Level { HEADER, IDENTIFIER, LINE, CASE }

    private final String key;
    private final Level level;
    private final String wcoPath;
    private final String wcoId;

    Element(String key, Level level, String wcoPath, String wcoId) {
        this.key = key;
        this.level = level;
        this.wcoPath = wcoPath;
        this.wcoId = wcoId;
    }

    /** The field's name in the platform's JSON contract ({@code lines.} and {@code identifiers.} for repeated ones). */
    public String key() {
        return key;
    }

    public Level level() {
        return level;
    }

    /** Dotted path of the element in the platform's WCO DM JSON; line paths are under each goods item. */
    public String wcoPath() {
        return wcoPath;
    }

    /** The WCO DM ID where a source states it, else null (not confirmed). */
    public String wcoId() {
        return wcoId;
    }

    /** The element of a key, or null. */
    public static Element byKey(String key) {
        for (Element e : values()) {
            if (e.key.equals(key)) {
                return e;
            }
        }
        return null;
    }

    /** The field path as the JSON API reports it, e.g. {@code lines[2].tariffCode}. */
    public String fieldPath(int index) {
        return switch (level) {
            case HEADER -> key;
            case IDENTIFIER -> "identifiers[" + index + "]." + key.substring("identifiers.".length());
            case LINE -> "lines[" + index + "]." + key.substring("lines.".length());
            case CASE -> "lines[" + index + "].adCvdCases";
        };
    }
}
