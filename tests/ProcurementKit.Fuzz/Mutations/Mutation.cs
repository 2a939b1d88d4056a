namespace ProcurementKit.Fuzz.Mutations;

/// <summary>
/// One change to a workbook's bytes. Positions and indexes are taken modulo what the package holds, so any
/// generated number names something that exists; a mutation that cannot apply leaves the bytes as they are.
/// </summary>
public abstract record Mutation
{
    public abstract byte[] Apply(byte[] package);

    /// <summary>Applies the mutations in order.</summary>
    public static byte[] ApplyAll(byte[] package, IEnumerable<Mutation> mutations) =>
        mutations.Aggregate(package, (bytes, mutation) => mutation.Apply(bytes));

    private protected static int Wrap(int index, int count) => count == 0 ? 0 : (int)((uint)index % (uint)count);
}
