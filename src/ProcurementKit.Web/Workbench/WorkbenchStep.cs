namespace ProcurementKit.Web.Workbench;

/// <summary>The pages of the wizard, in order.</summary>
public enum WorkbenchStep
{
    Start,
    Details,
    Lots,
    Protection,
    Context,
    Preview,
    Documents,
}

/// <summary>Order and names of the steps.</summary>
public static class WorkbenchSteps
{
    public static readonly IReadOnlyList<WorkbenchStep> Order =
        [WorkbenchStep.Details, WorkbenchStep.Lots, WorkbenchStep.Protection, WorkbenchStep.Context, WorkbenchStep.Preview, WorkbenchStep.Documents];

    public static WorkbenchStep Next(WorkbenchStep step) =>
        Order.IndexOf(step) is var i and >= 0 && i + 1 < Order.Count ? Order[i + 1] : step;

    public static WorkbenchStep Previous(WorkbenchStep step) =>
        Order.IndexOf(step) is var i and > 0 ? Order[i - 1] : WorkbenchStep.Start;

    public static int IndexOf(this IReadOnlyList<WorkbenchStep> steps, WorkbenchStep step)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i] == step)
            {
                return i;
            }
        }

        return -1;
    }
}
