using System.Text;

namespace ReformAnalytics.Model;

/// <summary>
/// A name made safe to save as a file on any system the office uses: the characters Windows or Linux refuse
/// (/ \ : * ? " &lt; &gt; | and control characters) become _, everything else (Chinese included) is kept.
/// One rule for every file a person downloads or is handed: notices, dashboard downloads.
/// </summary>
public static class SafeFileName
{
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            sb.Append(c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' || char.IsControl(c) ? '_' : c);
        }

        return sb.ToString();
    }
}
