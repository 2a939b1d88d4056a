namespace ProcurementKit.Bench.Generator;

/// <summary>A lot of the benchmark tender.</summary>
internal sealed record BenchLot(string Id, string Title, string[] Categories, string Deployment, string? OwnAvailability);

/// <summary>
/// The tender every synthetic catalog is planned against: two lots (field network on premises, data
/// platform in the cloud), confidentiality and integrity high, availability normal except for the platform.
/// </summary>
internal static class BenchTender
{
    public static readonly BenchLot[] Lots =
    [
        new("1", "Sensorik und LoRaWAN-Funknetz", ["iot-sensor", "lorawan-gateway", "network-server"], "on-premises", null),
        new("2", "Urbane Datenplattform als Dienst", ["urban-data-platform", "cloud-service", "web-application"], "cloud", "very-high"),
    ];

    public static readonly (string Goal, string Level)[] Needs =
        [("confidentiality", "high"), ("integrity", "high"), ("availability", "normal")];

    public static IEnumerable<string> Categories => Lots.SelectMany(l => l.Categories);

    /// <summary>Context keys alternate true and false in catalog order, so clauses can be made to match or fail.</summary>
    public static bool ContextValue(int index) => index % 2 == 0;
}
