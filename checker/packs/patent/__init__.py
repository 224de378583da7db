"""packs/patent"""
