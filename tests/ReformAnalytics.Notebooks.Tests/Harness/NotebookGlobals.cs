namespace ReformAnalytics.Notebooks.Tests.Harness;

/// <summary>
/// The globals every cell sees, standing in for the members of <c>Microsoft.DotNet.Interactive.Kernel</c> that the
/// C# kernel imports statically: <c>display(value, mimeTypes)</c> and <c>HTML(markup)</c>. Nothing else is offered,
/// so a notebook that compiles here uses nothing the kernel lacks. What was displayed is kept for the tests.
/// Lower-case <c>display</c> is the kernel's own name for it.
/// </summary>
public sealed class NotebookGlobals
{
    private readonly List<Displayed> _displayed = [];

    internal IReadOnlyList<Displayed> DisplayedValues => _displayed;

#pragma warning disable IDE1006 // the kernel's name
    public Displayed display(object? value, params string[] mimeTypes)
#pragma warning restore IDE1006
    {
        ArgumentNullException.ThrowIfNull(mimeTypes);
        var shown = new Displayed(value, mimeTypes);

        // The kernel formats what it displays at once; a value whose ToString throws fails the cell there too.
        _ = value?.ToString();
        _displayed.Add(shown);
        return shown;
    }

#pragma warning disable CA1822 // an instance member, as the kernel's helpers are reached through the globals
    public HtmlContent HTML(string content)
#pragma warning restore CA1822
    {
        ArgumentNullException.ThrowIfNull(content);
        return new HtmlContent(content);
    }
}
