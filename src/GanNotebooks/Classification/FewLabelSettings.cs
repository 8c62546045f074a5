using GanNotebooks.Models;

namespace GanNotebooks.Classification;

/// <summary>How each of the ways to a classifier is trained in a few-label comparison.</summary>
/// <param name="Model">Sizes of the networks; must match the pre-trained discriminator's.</param>
/// <param name="Scratch">Training of the discriminator's architecture from random weights.</param>
/// <param name="Probe">Training of a linear head on the frozen pre-trained body.</param>
/// <param name="FineTune">Training of every weight, starting from the pre-trained body.</param>
/// <param name="SemiSupervisedSteps">Steps of the semi-supervised GAN.</param>
/// <param name="SemiSupervisedBatch">Unlabelled (and generated) images per semi-supervised step.</param>
public sealed record FewLabelSettings(
    ModelOptions Model,
    ClassifierTrainingOptions Scratch,
    ClassifierTrainingOptions Probe,
    ClassifierTrainingOptions FineTune,
    int SemiSupervisedSteps,
    int SemiSupervisedBatch = 64);
