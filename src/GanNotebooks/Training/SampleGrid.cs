using GanNotebooks.Display;

namespace GanNotebooks.Training;

/// <summary>Images generated from the run's fixed noise after a given step.</summary>
/// <param name="Step">The step after which the images were generated.</param>
/// <param name="Image">The images as one PNG grid.</param>
public sealed record SampleGrid(long Step, PngImage Image);
