"""rasd's JSON API (FastAPI). `rasd.api.app.create_app(rasd)` builds the ASGI app;
`rasd.api.views` holds the data builders the API, the map page and exports share."""
