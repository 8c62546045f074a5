// Shared set-up of every GanNotebooks notebook: the first cell of each runs `#!import setup.csx`.
// Relative paths resolve against the kernel's working directory, which is the notebook's folder
// in VS Code Polyglot Notebooks, Jupyter and dotnet-repl alike. The library must be built first:
// `dotnet build` at the repository root (the README's commands do it).
#r "nuget: TorchSharp-cpu, 0.107.0"
#r "nuget: Plotly.NET.Interactive, 6.0.0"
#r "nuget: Plotly.NET.CSharp, 0.14.0"
#r "../artifacts/bin/GanNotebooks/debug/GanNotebooks.dll"
using TorchSharp;
using GanNotebooks.Classification;
using GanNotebooks.Data;
using GanNotebooks.Display;
using GanNotebooks.Metrics;
using GanNotebooks.Metrics.Fashion;
using GanNotebooks.Models;
using GanNotebooks.Notebooks;
using GanNotebooks.Toy;
using GanNotebooks.Training;
NotebookHost.Initialize()
