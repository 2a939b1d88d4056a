using System.Text;
using System.Text.RegularExpressions;

namespace ProcurementKit.Oscal;

/// <summary>
/// How clause ids, parameter names and topics become OSCAL tokens: clause UPD-01 is control <c>upd-01</c> (lower
/// case, as NIST's catalogs spell control ids), its parameter support-period-years is <c>upd-01_prm_support-period-years</c>,
/// its statement <c>upd-01_smt</c>. The clause id itself stays on the control as its <c>label</c> prop.
/// </summary>
public static partial class OscalIds
{
    public static string Control(string clauseId) => Token(clauseId.ToLowerInvariant());

    public static string Parameter(string clauseId, string name) => $"{Control(clauseId)}_prm_{Token(name)}";

    public static string Statement(string clauseId) => $"{Control(clauseId)}_smt";

    public static string Guidance(string clauseId) => $"{Control(clauseId)}_gdn";

    public static string Evidence(string clauseId) => $"{Control(clauseId)}_evd";

    public static string Group(string topicId) => Token(topicId);

    /// <summary>Whether a text is an OSCAL token (NCName: a letter or '_', then letters, digits, '.', '-', '_').</summary>
    public static bool IsToken(string text) => TokenPattern().IsMatch(text);

    /// <summary>The text as a token: characters a token cannot hold become '_'.</summary>
    public static string Token(string text)
    {
        if (IsToken(text))
        {
            return text;
        }

        var token = new StringBuilder(text.Length + 1);
        foreach (var c in text)
        {
            token.Append(char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        }

        if (token.Length == 0 || !(char.IsLetter(token[0]) || token[0] == '_'))
        {
            token.Insert(0, '_');
        }

        return token.ToString();
    }

    [GeneratedRegex(@"^(\p{L}|_)(\p{L}|\p{N}|[.\-_])*$")]
    private static partial Regex TokenPattern();
}
