"""The synthesis options `synth` and `run` share: one set of flags, one way of turning them into parameters."""

from __future__ import annotations

import argparse

from ctdc_desktop.core.synth.input_checks import check_synthesis_params
from ctdc_desktop.core.synth.model import FABRICATION_MODES, DpParams, KAnonParams, ParameterError
from ctdc_desktop.core.user_error import UserError


class BadOption(UserError):
    """A synthesis option that does not fit the method, or a value core refuses; names the flag."""


def add_synthesis_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--k", type=int, default=None, help="kanon: every count backed by at least k records (10)")
    parser.add_argument("--epsilon", type=float, default=None, help="dp: privacy budget of this release (4)")
    parser.add_argument("--delta", type=float, default=None, help="dp: delta (default derived from the record count)")
    parser.add_argument(
        "--reporting-length", type=int, default=None, help="longest combination counted (default 4 kanon, 3 dp)"
    )
    parser.add_argument(
        "--fabrication",
        choices=FABRICATION_MODES,
        default=None,
        help="dp: how strictly to drop combinations that noise alone could create (default balanced)",
    )
    parser.add_argument("--seed", type=int, default=None, help="seed of record sampling, for reproducible runs")


def synthesis_params(args: argparse.Namespace, method: str) -> KAnonParams | DpParams:
    """The parameters the flags ask for, defaults filled in; which values are allowed is core's rule."""
    if method == "kanon":
        if args.epsilon is not None or args.delta is not None or args.fabrication is not None:
            raise BadOption("--epsilon, --delta and --fabrication apply to --method dp only.")
        kanon = KAnonParams()
        params: KAnonParams | DpParams = KAnonParams(
            k=kanon.k if args.k is None else args.k,
            reporting_length=kanon.reporting_length if args.reporting_length is None else args.reporting_length,
            seed=args.seed,
        )
    else:
        if args.k is not None:
            raise BadOption("--k applies to --method kanon only.")
        dp = DpParams()
        params = DpParams(
            epsilon=dp.epsilon if args.epsilon is None else args.epsilon,
            delta=args.delta,
            reporting_length=dp.reporting_length if args.reporting_length is None else args.reporting_length,
            fabrication=dp.fabrication if args.fabrication is None else args.fabrication,
            seed=args.seed,
        )
    try:
        check_synthesis_params(params)
    except ParameterError as error:
        raise BadOption(f"--{error.parameter.replace('_', '-')}: {error}") from error
    return params
