import routes


def test_public_namespace_is_pinned():
    assert sorted(routes.__all__) == sorted(
        [
            "Article", "ArticleError", "Case", "CaseEditError", "CaseFileError",
            "GazetteerError", "ModelError",
            "OfflineGeocoder", "OnlineGeocoder", "RoutesError", "__version__", "article_from_path",
            "article_from_text", "case_from_article", "case_from_geojson", "case_from_text",
            "case_to_geojson", "case_to_map", "read", "settings", "write_case",
        ]
    )
    for name in routes.__all__:
        assert hasattr(routes, name), name


def test_version_comes_from_metadata():
    from importlib import metadata

    assert routes.__version__ == metadata.version("routes")


def test_errors_refine_builtins():
    assert issubclass(routes.ArticleError, ValueError)
    assert issubclass(routes.CaseFileError, ValueError)
    assert issubclass(routes.CaseEditError, ValueError)
    assert issubclass(routes.GazetteerError, RuntimeError)
    for exc in (routes.ArticleError, routes.CaseFileError, routes.GazetteerError,
                routes.ModelError):
        assert issubclass(exc, routes.RoutesError)
