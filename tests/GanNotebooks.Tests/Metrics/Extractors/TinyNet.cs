using TorchSharp.Modules;
using static TorchSharp.torch;

namespace GanNotebooks.Tests.Metrics.Extractors;

/// <summary>
/// The C# twin of the reference script's TinyNet, whose state dict torch.save wrote to
/// Fixtures/tiny-zip.pth and Fixtures/tiny-legacy.pth.
/// </summary>
internal sealed class TinyNet : nn.Module
{
    private readonly Conv2d conv;
    private readonly BatchNorm2d bn;
    private readonly Linear fc;

    public TinyNet(long convOutputs = 4, string convName = "conv")
        : base(nameof(TinyNet))
    {
        conv = nn.Conv2d(3, convOutputs, 3, bias: false);
        bn = nn.BatchNorm2d(convOutputs);
        fc = nn.Linear(6, 5);
        register_module(convName, conv);
        register_module("bn", bn);
        register_module("fc", fc);
    }
}
