"""The Dashboard screen: the day's figures and charts, each opening the report behind it."""
