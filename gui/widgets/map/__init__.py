"""The map beside the tree: the states as on a wall map, or a tile per state with a dot per elector."""
