using GanNotebooks.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace GanNotebooks.Classification;

/// <summary>
/// The discriminator's body (its convolutions up to the flatten) with a linear head of
/// <see cref="Outputs"/> logits instead of the single real-or-fake logit. With 10 outputs it is a
/// Fashion-MNIST classifier; with 11 it is the K+1 discriminator of a semi-supervised GAN.
/// </summary>
/// <remarks>
/// The body's parameters carry the discriminator's names (<c>layers.conv1.weight</c>, ...), so a
/// trained discriminator's weights copy straight in with <see cref="FromDiscriminator"/>.
/// </remarks>
public sealed class ClassifierNetwork : SequentialModel
{
    private ClassifierNetwork(ModelOptions options, int outputs)
        : base(
            nameof(ClassifierNetwork),
            [.. Discriminator.FeatureLayers(options),
                ("head", nn.Linear(options.DiscriminatorFilters * 7 * 7, outputs))])
    {
        Options = options;
        Outputs = outputs;
    }

    /// <summary>The sizes of the body.</summary>
    public ModelOptions Options { get; }

    /// <summary>Number of logits the head gives.</summary>
    public int Outputs { get; }

    /// <summary>The head: a linear map from the body's features to the logits.</summary>
    public nn.Module Head => Layers[^1];

    /// <summary>A network with every weight freshly initialised.</summary>
    /// <param name="options">Sizes of the body; the classic sizes when omitted.</param>
    /// <param name="outputs">Number of logits, at least 2.</param>
    /// <returns>The network.</returns>
    public static ClassifierNetwork FromScratch(ModelOptions? options, int outputs)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(outputs, 2);
        return new ClassifierNetwork(ModelOptions.Checked(options), outputs);
    }

    /// <summary>
    /// A network whose body starts as a copy of <paramref name="discriminator"/>'s trained body;
    /// the head is freshly initialised. The discriminator itself is left as it was.
    /// </summary>
    /// <param name="discriminator">A (trained) discriminator.</param>
    /// <param name="outputs">Number of logits, at least 2.</param>
    /// <returns>The network.</returns>
    public static ClassifierNetwork FromDiscriminator(Discriminator discriminator, int outputs)
    {
        ArgumentNullException.ThrowIfNull(discriminator);
        var network = FromScratch(discriminator.Options, outputs);
        var trained = discriminator.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        using (no_grad())
        {
            foreach (var (name, parameter) in network.named_parameters())
            {
                if (name.StartsWith("layers.head.", StringComparison.Ordinal)) continue;
                parameter.copy_(trained[name]);
            }
        }
        return network;
    }

    /// <summary>The body's features for a batch: the input of the head.</summary>
    /// <param name="images">A batch [N, 1, 28, 28] in [-1, 1].</param>
    /// <returns>Features [N, filters x 7 x 7], owned by the caller.</returns>
    public Tensor Features(Tensor images)
    {
        Discriminator.CheckImages(images, nameof(images));
        return ForwardThrough(images, "flatten");
    }

    /// <summary>
    /// Stops or resumes gradient flow into the body, so that training changes only the head (a
    /// linear probe of frozen features) or every weight (fine-tuning).
    /// </summary>
    /// <param name="frozen">True to freeze the body.</param>
    public void FreezeBody(bool frozen = true)
    {
        foreach (var (name, parameter) in named_parameters())
        {
            if (!name.StartsWith("layers.head.", StringComparison.Ordinal)) parameter.requires_grad = !frozen;
        }
    }

    /// <summary>The parameters that training may change: those that require gradients.</summary>
    /// <returns>The trainable parameters, head last.</returns>
    public IEnumerable<TorchSharp.Modules.Parameter> TrainableParameters() =>
        parameters().Where(p => p.requires_grad);
}
