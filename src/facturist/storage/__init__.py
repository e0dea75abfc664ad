"""File storage behind one small protocol: a local directory now, S3 when scaled out."""

from facturist.storage.base import CompletedPart, ObjectStore, UploadedPart

__all__ = ["CompletedPart", "ObjectStore", "UploadedPart"]
