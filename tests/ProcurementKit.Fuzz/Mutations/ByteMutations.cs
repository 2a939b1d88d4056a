namespace ProcurementKit.Fuzz.Mutations;

/// <summary>Flips bits of one byte of the zip, as a damaged download or a careless hex editor would.</summary>
public sealed record FlipByte(int Position, byte Mask) : Mutation
{
    public override byte[] Apply(byte[] package)
    {
        if (package.Length == 0)
        {
            return package;
        }

        var copy = (byte[])package.Clone();
        copy[Wrap(Position, copy.Length)] ^= Mask == 0 ? (byte)0xFF : Mask;
        return copy;
    }
}

/// <summary>Cuts the zip after some bytes, as an interrupted upload would.</summary>
public sealed record Truncate(int Length) : Mutation
{
    public override byte[] Apply(byte[] package) => package[..Wrap(Length, package.Length + 1)];
}

/// <summary>Inserts bytes somewhere in the zip, shifting every offset behind them.</summary>
public sealed record InsertBytes(int Position, byte[] Bytes) : Mutation
{
    public override byte[] Apply(byte[] package)
    {
        var at = Wrap(Position, package.Length + 1);
        return [.. package.AsSpan(0, at), .. Bytes, .. package.AsSpan(at)];
    }

    // Records compare arrays by reference; the case printed on a crash must show the bytes.
    public override string ToString() => $"InsertBytes {{ Position = {Position}, Bytes = {Convert.ToHexString(Bytes)} }}";
}
