curl -X GET "https://videogenapi.com/api/v1/user" \
  -H "Authorization: Bearer YOUR_API_KEY"
