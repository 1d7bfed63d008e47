"""Qt adapters over the domain: item models, undo wrappers, settings, resources. No widgets."""
