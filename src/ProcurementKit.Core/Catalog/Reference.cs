namespace ProcurementKit.Catalog;

/// <summary>A standard and the item in it that a clause implements.</summary>
public readonly record struct Reference(string Standard, string Item)
{
    public static readonly IReadOnlyList<string> KnownStandards =
    [
        "CRA", "ETSI EN 303 645", "NISTIR 8259A", "IT-Grundschutz", "Grundschutz++", "C5", "TR-03183",
        "TR-03187", "TR-02102", "IEC 62443-4-2", "ISO/IEC 27001", "DSGVO", "EVB-IT", "BSI 200-2",
        "DIN SPEC 91357", "OGC SensorThings", "NGSI-LD", "UfAB",
        "RED", "EN 18031", "NIS2", "BSIG", "NIST SP 800-88", "IEEE 2883", "DIN 66399", "LoRaWAN",
    ];

    public override string ToString() => $"{Standard} {Item}";
}
