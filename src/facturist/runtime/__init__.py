"""Processes: the server (API plus worker pool) and the worker loop that runs service jobs."""
