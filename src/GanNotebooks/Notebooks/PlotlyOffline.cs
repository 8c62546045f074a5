using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.FSharp.Core;
using Plotly.NET;

namespace GanNotebooks.Notebooks;

/// <summary>
/// Displays Plotly.NET charts with plotly.js inlined, so that they render without network access. The default
/// formatter of Plotly.NET.Interactive loads require.js and plotly.js from public CDNs.
/// </summary>
/// <remarks>
/// Plotly.NET embeds plotly.js as a resource; it is wrapped so that it sets <c>window.Plotly</c> even where an
/// AMD loader (require.js in classic Jupyter) is present, and is skipped when plotly.js is loaded already.
/// Every chart output then carries plotly.js (about 3.6 MB) unless <c>oncePerSession</c> is set.
/// Touches Plotly types: call only after <see cref="NotebookHost.Initialize"/>.
/// </remarks>
public static class PlotlyOffline
{
    private static readonly DisplayOptions NoReference =
        DisplayOptions.init(
            null, null, null, null, null, null,
            FSharpOption<PlotlyJSReference>.Some(PlotlyJSReference.NoReference));
    private static string? bootstrap;
    private static bool inlinedThisSession;

    /// <summary>Registers the offline <c>text/html</c> formatter for <see cref="GenericChart"/>.</summary>
    /// <param name="oncePerSession">
    /// Inline plotly.js only in the first chart shown by this kernel; later charts rely on it. Much smaller
    /// notebooks, but a later chart stays blank when opened without the first one's output.
    /// </param>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Enable(bool oncePerSession = false)
    {
        bootstrap ??= BuildBootstrap();
        inlinedThisSession = false;
        Formatter.Register<GenericChart>((chart, writer) =>
        {
            if (!oncePerSession || !inlinedThisSession) writer.Write(bootstrap);
            inlinedThisSession = true;
            writer.Write(ToHtml(chart));
        }, HtmlFormatter.MimeType);
    }

    /// <summary>The chart's div and drawing script, without any plotly.js reference.</summary>
    /// <param name="chart">The chart.</param>
    /// <returns>An HTML fragment.</returns>
    public static string ToHtml(GenericChart chart) =>
        GenericChart.toChartHTML(GenericChart.setDisplayOptions(NoReference, chart));

    private static string BuildBootstrap()
    {
        Assembly plotly = typeof(GenericChart).Assembly;
        string resource = plotly.GetManifestResourceNames()
            .Single(n => n.StartsWith("Plotly.NET.plotly-", StringComparison.Ordinal)
                && n.EndsWith(".min.js", StringComparison.Ordinal));
        using var reader = new StreamReader(plotly.GetManifestResourceStream(resource)!);
        string script = reader.ReadToEnd().Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);
        // Shadow define/module/exports so the UMD header takes its global branch and sets self.Plotly.
        return "<script type=\"text/javascript\">"
             + "if (typeof window.Plotly === 'undefined') { (function (define, module, exports) {\n"
             + script + "\n}).call(window); }</script>\n";
    }
}
