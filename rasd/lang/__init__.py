"""Language data as data: lexicons loaded through rasd.text.normalize."""
