"""Patch asyncio to allow nested event loops."""

import asyncio


def apply(loop=None):
    """Patch asyncio to make its event loop reentrant."""
    asyncio._nest_apply(loop or None)
