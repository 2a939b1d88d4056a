namespace ProcurementKit.Rendering.Excel;

/// <summary>
/// The cell formats every ProcurementKit workbook shares. The value is the index into the stylesheet's
/// cell formats, so the enum and <see cref="ExcelStyles"/> must list them in the same order.
/// </summary>
public enum CellStyle : uint
{
    Default,
    Title,
    Label,
    Header,
    Text,
    Center,
    Points,
    Money,
    Ratio,
    Note,
    TotalLabel,
    TotalPoints,
    TotalMoney,
    TotalRatio,
    TotalCenter,
    NotApplicable,

    /// <summary>Input cells: unlocked and tinted, the only cells a protected sheet lets users change.</summary>
    InputText,
    InputCenter,
    InputMoney,
    InputPoints,
    InputBidder,
    Warning,
}
