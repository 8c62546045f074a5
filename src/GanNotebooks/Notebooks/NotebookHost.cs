using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using GanNotebooks.Display;
using GanNotebooks.Runtime;
using Microsoft.DotNet.Interactive.Formatting;
using TorchSharp;

namespace GanNotebooks.Notebooks;

/// <summary>
/// Prepares a .NET Interactive kernel (VS Code Polyglot Notebooks, Jupyter, dotnet-repl) for the course:
/// assembly and native library resolution, display formatters, and a line of start-up facts.
/// </summary>
/// <remarks>
/// Call <see cref="Initialize"/> at the end of the first cell of every notebook, before any other code
/// touches TorchSharp or Plotly.NET. Plotly and torch types are touched only in separate, non-inlined
/// methods, so that the FSharp.Core resolver is in place before the JIT needs them.
/// </remarks>
public static class NotebookHost
{
    private const string LibTorchPackage = "libtorch-cpu-linux-x64";
    private const string LibTorchVersion = "2.10.0";
    private static readonly object Gate = new();
    private static string? startupFacts;
    private static bool resolverInstalled;

    /// <summary>
    /// The libtorch files loaded by full path on Linux; empty elsewhere or when the package is missing.
    /// </summary>
    public static IReadOnlyList<string> PreloadedNativeLibraries { get; private set; } = [];

    /// <summary>The mode of this run, from <c>GAN_NOTEBOOKS_MODE</c>.</summary>
    public static NotebookMode Mode => NotebookModes.Current;

    /// <summary>Sets up the kernel once; later calls return the same facts and do nothing else.</summary>
    /// <returns>One line of start-up facts: torch version, threads, device and mode.</returns>
    public static string Initialize()
    {
        lock (Gate)
        {
            if (startupFacts is not null) return startupFacts;
            InstallFSharpCoreResolver();
            NativeAllocator.KeepLargeBlocks();
            PreloadLibTorch();
            RegisterFormatters();
            startupFacts = DescribeStartup();
            return startupFacts;
        }
    }

    /// <summary>
    /// Plotly.NET 6 is built against FSharp.Core 10.1 while the kernel loads its own, older FSharp.Core and
    /// keeps it. When a load of FSharp.Core fails, hand back the one already loaded.
    /// </summary>
    private static void InstallFSharpCoreResolver()
    {
        if (resolverInstalled) return; // Initialize failed after this step once and is being retried.
        resolverInstalled = true;
        AssemblyLoadContext.Default.Resolving += static (context, name) =>
        {
            if (!string.Equals(name.Name, "FSharp.Core", StringComparison.Ordinal)) return null;
            foreach (Assembly loaded in context.Assemblies)
                if (string.Equals(loaded.GetName().Name, "FSharp.Core", StringComparison.Ordinal)) return loaded;
            return null;
        };
    }

    /// <summary>
    /// Loads libtorch 2.10's core libraries by full path from the NuGet package folder, so that a system
    /// libtorch (Debian's python3-torch brings 1.13) cannot be bound by bare name when LibTorchSharp loads.
    /// Does nothing off Linux, when the files are missing, or after the first call.
    /// </summary>
    private static void PreloadLibTorch()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture != Architecture.X64) return;
        string? folder = NativeFolderCandidates().FirstOrDefault(f => File.Exists(Path.Combine(f, "libtorch_cpu.so")));
        if (folder is null) return;
        var loaded = new List<string>();
        foreach (string file in new[] { "libc10.so", "libtorch_cpu.so", "libtorch.so" })
        {
            string path = Path.Combine(folder, file);
            if (File.Exists(path) && NativeLibrary.TryLoad(path, out _)) loaded.Add(path);
        }
        PreloadedNativeLibraries = loaded;
    }

    private static IEnumerable<string> NativeFolderCandidates()
    {
        string tail = Path.Combine(LibTorchPackage, LibTorchVersion, "runtimes", "linux-x64", "native");
        // In a kernel TorchSharp.dll itself lives in a package folder, <root>/torchsharp/<version>/lib/<tfm>/:
        // take libtorch from the same root as the libLibTorchSharp.so the kernel will bind.
        string? torchSharp = Path.GetDirectoryName(typeof(torch).Assembly.Location);
        if (!string.IsNullOrEmpty(torchSharp))
            yield return Path.GetFullPath(Path.Combine(torchSharp, "..", "..", "..", "..", tail));
        string? fromEnvironment = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) yield return Path.Combine(fromEnvironment, tail);
        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0) yield return Path.Combine(home, ".nuget", "packages", tail);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RegisterFormatters()
    {
        Formatter.Register<PngImage>((image, writer) => writer.Write(image.ToBase64()), "image/png");
        Formatter.SetPreferredMimeTypesFor(typeof(PngImage), "image/png");

        // NOTE: plotly.js (3.6 MB) is inlined into the first chart of a session only, so that
        // charts draw offline without making every chart output that large; a later chart is
        // blank if the notebook is reopened without the first chart's output.
        PlotlyOffline.Enable(oncePerSession: true);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string DescribeStartup()
    {
        string device = torch.cuda.is_available() ? "cuda" : "cpu";
        return $"GanNotebooks: torch {torch.__version__}, {torch.get_num_threads()} threads, device {device}, " +
               $"mode {Mode.ToString().ToLowerInvariant()}, .NET {Environment.Version}";
    }
}
