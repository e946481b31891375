"""Artisan CRM: an offline follow-up assistant for craftsmen."""

__version__ = "0.1.0"
APP_NAME = "Artisan CRM"
APP_ID = "artisan-crm"
ORG_NAME = "ArtisanCRM"
