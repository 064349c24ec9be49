"""Everything that touches the network lives here, behind the ABCs of ``interface``."""
