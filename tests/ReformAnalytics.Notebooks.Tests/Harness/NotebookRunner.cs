using System.Collections.Immutable;
using System.Data;
using System.Diagnostics;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace ReformAnalytics.Notebooks.Tests.Harness;

/// <summary>
/// Executes a notebook's C# cells in order as one Roslyn script session, the way the .NET Interactive C# kernel
/// does: each cell continues the state of the one before; <c>#r</c> lines become references (see
/// <see cref="PackageCatalog"/> and <see cref="BuildOutputReference"/>); the working directory is the notebook's
/// folder; <c>display</c> and <c>HTML</c> come from <see cref="NotebookGlobals"/>. Only the .NET framework and what
/// the notebook's <c>#r</c> lines bring are visible to the code, and only the kernel's default namespaces are
/// imported, so a notebook that forgets a <c>#r</c> or a <c>using</c> fails here as it would in the kernel. A cell in another language, a cell that does not compile and a cell that
/// throws all fail the run with a <see cref="NotebookCellException"/> naming the cell.
/// The notebook's <c>queryLog</c> variable (a list of <see cref="DataTable"/>), when it has one, is read after each
/// cell to tell which query results that cell produced.
/// </summary>
internal static class NotebookRunner
{
    public const string QueryLogVariable = "queryLog";

    /// <summary>The namespaces the C# kernel imports into every session (and no more).</summary>
    private static readonly string[] KernelImports =
        ["System", "System.Collections.Generic", "System.Linq", "System.Text", "System.Threading.Tasks"];

    private static readonly Lazy<ImmutableArray<MetadataReference>> FrameworkReferences = new(LoadFrameworkReferences);

    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    /// <summary>
    /// Runs <paramref name="notebook"/> with <paramref name="environment"/> set for the duration (the working
    /// directory and the variables are process-wide, so runs never overlap). Disposes what the notebook left
    /// open (its database connection) at the end.
    /// </summary>
    public static async Task<NotebookRun> RunAsync(
        NotebookDocument notebook,
        string repositoryRoot,
        IReadOnlyDictionary<string, string> environment,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(environment);
        await OneAtATime.WaitAsync(cancellationToken);
        var savedDirectory = Environment.CurrentDirectory;
        var savedEnvironment = environment.Keys.ToDictionary(k => k, Environment.GetEnvironmentVariable);
        try
        {
            Environment.CurrentDirectory = notebook.Directory;
            foreach (var (name, value) in environment)
            {
                Environment.SetEnvironmentVariable(name, value);
            }

            return await ExecuteAsync(notebook, repositoryRoot, cancellationToken);
        }
        finally
        {
            Environment.CurrentDirectory = savedDirectory;
            foreach (var (name, value) in savedEnvironment)
            {
                Environment.SetEnvironmentVariable(name, value);
            }

            OneAtATime.Release();
        }
    }

    private static async Task<NotebookRun> ExecuteAsync(NotebookDocument notebook, string repositoryRoot, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        var globals = new NotebookGlobals();
        var options = ScriptOptions.Default
            .WithReferences(FrameworkReferences.Value.Add(MetadataReference.CreateFromFile(typeof(NotebookGlobals).Assembly.Location)))
            .WithImports(KernelImports)
            .WithLanguageVersion(LanguageVersion.Latest)
            .WithOptimizationLevel(OptimizationLevel.Release);
        ScriptState<object>? state = null;
        var runs = new List<CellRun>();
        var queriesSeen = 0;
        try
        {
            foreach (var cell in notebook.Cells)
            {
                if (cell.Kind != NotebookCellKind.Code)
                {
                    continue;
                }

                if (!cell.IsCSharp)
                {
                    throw new NotebookCellException($"{notebook.Name}：{cell.Describe()}是 {cell.Language} 单元格；测试只能执行 C# 单元格。");
                }

                var displayedBefore = globals.DisplayedValues.Count;
                var watch = Stopwatch.StartNew();
                state = await RunCellAsync(notebook, repositoryRoot, cell, state, options, globals, cancellationToken);
                var queries = QueryLog(state);
                runs.Add(new CellRun(
                    cell,
                    state.ReturnValue,
                    globals.DisplayedValues.Skip(displayedBefore).ToList(),
                    queries.Skip(queriesSeen).ToList(),
                    watch.Elapsed));
                queriesSeen = queries.Count;
            }

            var variables = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var variable in state?.Variables ?? [])
            {
                variables[variable.Name] = variable.Value;
            }

            return new NotebookRun(notebook, runs, variables, total.Elapsed);
        }
        finally
        {
            await DisposeLeftOpenAsync(state);
        }
    }

    private static async Task<ScriptState<object>> RunCellAsync(
        NotebookDocument notebook,
        string repositoryRoot,
        NotebookCell cell,
        ScriptState<object>? state,
        ScriptOptions options,
        NotebookGlobals globals,
        CancellationToken cancellationToken)
    {
        try
        {
            var code = CellCode.Parse(cell.Source);
            var assemblies = code.References
                .SelectMany(r => r.IsPackage
                    ? PackageCatalog.Current.AssembliesOf(r.PackageId!, r.Version!)
                    : PackageCatalog.Current.WithDependencies(BuildOutputReference.Resolve(notebook.Directory, repositoryRoot, r.Path!)))
                .Distinct(StringComparer.Ordinal);

            // The references go in as #r lines, as a script session takes them; #line keeps the cell's own line
            // numbers in diagnostics.
            var header = string.Concat(assemblies.Select(path => $"#r \"{path}\"\n"));
            var source = header.Length == 0 ? code.Code : header + "#line 1\n" + code.Code;
            options = options.WithFilePath($"{notebook.Name}.ipynb#cell{cell.Index + 1}");
            return state is null
                ? await CSharpScript.RunAsync(source, options, globals, typeof(NotebookGlobals), cancellationToken)
                : await state.ContinueWithAsync(source, options, cancellationToken);
        }
        catch (CompilationErrorException e)
        {
            throw Failure(notebook, cell, "编译失败：" + string.Join("\n", e.Diagnostics.Select(d => d.ToString())), e);
        }
        catch (Exception e) when (e is not NotebookCellException and not OperationCanceledException)
        {
            throw Failure(notebook, cell, $"执行失败：{e.GetType().Name}: {e.Message}", e);
        }
    }

    private static IReadOnlyList<DataTable> QueryLog(ScriptState<object> state) =>
        state.Variables.LastOrDefault(v => v.Name == QueryLogVariable)?.Value as IReadOnlyList<DataTable> ?? [];

    private static NotebookCellException Failure(NotebookDocument notebook, NotebookCell cell, string what, Exception inner) =>
        new($"{notebook.Name}.ipynb {cell.Describe()}{what}\n--- 单元格代码 ---\n{cell.Source}", inner);

    /// <summary>The kernel keeps a session's objects until it shuts down; the harness closes them so the database file is let go.</summary>
    private static async Task DisposeLeftOpenAsync(ScriptState<object>? state)
    {
        if (state is null)
        {
            return;
        }

        var values = state.Variables.Select(v => v.Value).Where(v => v is IDisposable or IAsyncDisposable).Distinct(ReferenceEqualityComparer.Instance).Reverse();
        foreach (var value in values)
        {
            if (value is IAsyncDisposable asyncDisposable)
            {
                await asyncDisposable.DisposeAsync();
            }
            else
            {
                ((IDisposable)value!).Dispose();
            }
        }
    }

    private static ImmutableArray<MetadataReference> LoadFrameworkReferences()
    {
        var frameworkFolder = Path.TrimEndingDirectorySeparator(RuntimeEnvironment.GetRuntimeDirectory());
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return [.. trusted
            .Where(p => string.Equals(Path.GetDirectoryName(p), frameworkFolder, StringComparison.Ordinal) && p.EndsWith(".dll", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    }
}
