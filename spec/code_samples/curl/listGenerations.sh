curl -X GET "https://videogenapi.com/api/v1/generations?page=1&limit=10" \
  -H "Authorization: Bearer YOUR_API_KEY"
